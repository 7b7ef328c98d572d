using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Contracts;

/// <summary>Which contract prices a booking: the one in force on the pick-up date.</summary>
public static class ContractSelection
{
    /// <summary>
    /// The supplier's contract covering <paramref name="pickUpDate"/>, or a failure saying why there is none
    /// (a draft not yet approved, the last one ended, the next one starts later).
    /// </summary>
    public static Result<Contract> ContractFor(string supplierName, IReadOnlyCollection<Contract> supplierContracts, DateOnly pickUpDate)
    {
        var covering = supplierContracts.Where(c => c.Covers(pickUpDate)).ToList();
        if (covering.Count == 1)
        {
            return Result.Ok(covering[0]);
        }

        if (covering.Count > 1)
        {
            // Approval refuses overlaps, so this is corrupt data, not a business case.
            throw new InvalidOperationException(
                $"{supplierName} has {covering.Count} contracts in force on {pickUpDate:yyyy-MM-dd}: {string.Join(", ", covering.Select(c => c.Label))}.");
        }

        var reason = $"{supplierName} has no contract in force on {pickUpDate:yyyy-MM-dd}";
        var draft = supplierContracts.FirstOrDefault(c => c.Status == ContractStatus.Draft && c.Validity.Contains(pickUpDate));
        if (draft is not null)
        {
            return Result.Fail<Contract>($"{reason}: contract {draft.Label} covers that day but is still a draft awaiting approval.");
        }

        var before = supplierContracts.Where(c => c.Coverage?.To < pickUpDate).MaxBy(c => c.Coverage!.Value.To);
        var after = supplierContracts.Where(c => c.Coverage?.From > pickUpDate).MinBy(c => c.Coverage!.Value.From);
        var hints = new List<string>();
        if (before is not null)
        {
            hints.Add($"the last one ({before.Label}) covered up to {before.Coverage!.Value.To:yyyy-MM-dd}");
        }

        if (after is not null)
        {
            hints.Add($"the next one ({after.Label}) starts on {after.Coverage!.Value.From:yyyy-MM-dd}");
        }

        return Result.Fail<Contract>(hints.Count == 0 ? $"{reason}." : $"{reason}: {string.Join("; ", hints)}.");
    }
}
