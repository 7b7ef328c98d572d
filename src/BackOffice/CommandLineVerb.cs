namespace CarRentalGateway.BackOffice;

/// <summary>
/// A job named by the first command-line argument ("migrate", "load-bookings 1000000"), with the plain values that
/// follow it; the <c>--options</c> after them configure the app as usual. No verb: the app serves.
/// </summary>
internal sealed record CommandLineVerb(string? Name, IReadOnlyList<string> Values, string[] Options)
{
    public static CommandLineVerb Read(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return new CommandLineVerb(null, [], args);
        }

        var values = args.Skip(1).TakeWhile(a => !a.StartsWith('-')).ToList();
        return new CommandLineVerb(args[0], values, args[(1 + values.Count)..]);
    }
}
