using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Tests.Common;

public class ResultTests
{
    [Fact]
    public void A_failed_result_has_no_value_to_read()
    {
        var failed = Result.Fail<int>("No.");

        Assert.Throws<InvalidOperationException>(() => failed.Value);
    }

    [Fact]
    public void A_successful_result_carries_its_value_and_no_error()
    {
        var ok = Result.Ok(42);

        Assert.True(ok.Succeeded);
        Assert.Null(ok.Error);
        Assert.Equal(42, ok.Value);
    }
}
