using CarRentalGateway.BackOffice.Observability;

namespace CarRentalGateway.BackOffice.Tests.Observability;

public class CorrelationIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("4bf92f3577b34da6a3ce929d0e0e4736")]
    [InlineData("order-2026.11_28-retry.3")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")]
    public void A_short_plain_id_is_taken_as_it_is(string incoming) => Assert.Equal(incoming, CorrelationId.Accept(incoming));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("forged\nline")]
    [InlineData("{\"json\":1}")]
    [InlineData("caf\u00e9")]
    [InlineData("a/b")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")]
    public void An_empty_long_or_unusual_id_is_refused(string? incoming) => Assert.Null(CorrelationId.Accept(incoming));
}
