using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CarRentalGateway.BackOffice.Observability;

/// <summary>
/// An open page's work (clicks, navigation, calls from its script) runs in its circuit, outside any request: each
/// inbound activity is wrapped in a log scope with the circuit's id, so every line a page writes can be found by the
/// one id. The circuit id is the framework's public handle, not its secret, and names no one.
/// </summary>
public sealed class CircuitLogScope(ILogger<CircuitLogScope> logger) : CircuitHandler
{
    public const string LogProperty = "CircuitId";

    private static readonly Func<ILogger, string, IDisposable?> Scope = LoggerMessage.DefineScope<string>($"{LogProperty}:{{{LogProperty}}}");

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            using (Scope(logger, context.Circuit.Id))
            {
                await next(context);
            }
        };
}
