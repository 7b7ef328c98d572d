namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>How exports run, from the "Reports" configuration section.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>A report with more rows than this is written in the background, with progress, while the page stays usable.</summary>
    public int BackgroundAboveRows { get; set; } = 20_000;

    /// <summary>How many background exports one instance writes at once; the others wait their turn.</summary>
    public int ConcurrentBackgroundExports { get; set; } = 2;

    /// <summary>How long a finished background export stays ready for download.</summary>
    public TimeSpan KeepFilesFor { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Where files are written before download; the system's temporary folder when empty.</summary>
    public string? Directory { get; set; }
}
