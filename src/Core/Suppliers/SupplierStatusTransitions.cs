using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Suppliers;

/// <summary>
/// Which status changes make sense: Active and Suspended switch back and forth, either can be offboarded,
/// and an offboarded supplier can only come back as Active (re-onboarding keeps its code and history).
/// </summary>
public static class SupplierStatusTransitions
{
    public static IReadOnlyList<SupplierStatus> AllowedFrom(SupplierStatus current) => current switch
    {
        SupplierStatus.Active => [SupplierStatus.Suspended, SupplierStatus.Offboarded],
        SupplierStatus.Suspended => [SupplierStatus.Active, SupplierStatus.Offboarded],
        SupplierStatus.Offboarded => [SupplierStatus.Active],
        _ => throw new ArgumentOutOfRangeException(nameof(current), current, "Unknown supplier status."),
    };

    public static Result Check(SupplierStatus current, SupplierStatus target)
    {
        if (current == target)
        {
            return Result.Fail($"The supplier is already {target}.", nameof(Supplier.Status));
        }

        return AllowedFrom(current).Contains(target)
            ? Result.Ok()
            : Result.Fail($"A {current} supplier cannot become {target}; reactivate it first.", nameof(Supplier.Status));
    }
}
