namespace CarRentalGateway.BackOffice.Observability;

/// <summary>The "Metrics" settings: whether /metrics answers, and on which port.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    public const string Path = "/metrics";

    /// <summary>Off, /metrics answers 404 and nothing is exported for scraping (OTLP export, if configured, goes on).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// When set, /metrics answers only on this port and this port answers nothing else; the port must also be one the
    /// app listens on (e.g. ASPNETCORE_HTTP_PORTS=8080;9464). Unset, /metrics answers on the app's own port.
    /// </summary>
    public int? Port { get; set; }
}
