using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.Core.Tests.Suppliers;

public class SupplierStatusTransitionsTests
{
    [Theory]
    [InlineData(SupplierStatus.Active, SupplierStatus.Suspended)]
    [InlineData(SupplierStatus.Active, SupplierStatus.Offboarded)]
    [InlineData(SupplierStatus.Suspended, SupplierStatus.Active)]
    [InlineData(SupplierStatus.Suspended, SupplierStatus.Offboarded)]
    [InlineData(SupplierStatus.Offboarded, SupplierStatus.Active)]
    public void Allowed_status_changes_succeed(SupplierStatus from, SupplierStatus to)
    {
        var supplier = SupplierIn(from);

        var changed = supplier.ChangeStatus(to);

        Assert.True(changed.Succeeded, changed.Error);
        Assert.Equal(to, supplier.Status);
    }

    [Fact]
    public void An_offboarded_supplier_cannot_be_suspended_without_reactivating_it_first()
    {
        var supplier = SupplierIn(SupplierStatus.Offboarded);

        var changed = supplier.ChangeStatus(SupplierStatus.Suspended);

        Assert.True(changed.Failed);
        Assert.Contains("cannot become Suspended", changed.Error, StringComparison.Ordinal);
        Assert.Equal(SupplierStatus.Offboarded, supplier.Status);
    }

    [Theory]
    [InlineData(SupplierStatus.Active)]
    [InlineData(SupplierStatus.Suspended)]
    [InlineData(SupplierStatus.Offboarded)]
    public void Changing_to_the_current_status_is_refused_as_already_done(SupplierStatus status)
    {
        var supplier = SupplierIn(status);

        var changed = supplier.ChangeStatus(status);

        Assert.True(changed.Failed);
        Assert.Equal($"The supplier is already {status}.", changed.Error);
    }

    [Fact]
    public void Every_status_offers_exactly_the_changes_that_succeed()
    {
        foreach (var from in Enum.GetValues<SupplierStatus>())
        {
            foreach (var to in Enum.GetValues<SupplierStatus>())
            {
                var offered = SupplierStatusTransitions.AllowedFrom(from).Contains(to);
                Assert.Equal(offered, SupplierIn(from).ChangeStatus(to).Succeeded);
            }
        }
    }

    private static Supplier SupplierIn(SupplierStatus status)
    {
        var supplier = Supplier.Register("BD-EE", SupplierTests.ValidDetails(), Guid.NewGuid()).Value;
        if (status == SupplierStatus.Offboarded)
        {
            supplier.ChangeStatus(SupplierStatus.Offboarded);
        }
        else if (status != SupplierStatus.Active)
        {
            supplier.ChangeStatus(status);
        }

        return supplier;
    }
}
