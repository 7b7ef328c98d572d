namespace CarRentalGateway.BackOffice.Data.Seeding;

/// <summary>The <c>Bootstrap</c> section: the first Admin, created only while there are no users at all.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string AdminEmail { get; set; } = "admin@carrentalgateway.example";

    /// <summary>When empty, a strong password is generated and printed once in the log.</summary>
    public string? AdminPassword { get; set; }
}

/// <summary>The <c>DemoData</c> section: fill a new, empty database with realistic data.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    public bool Enabled { get; set; }
}
