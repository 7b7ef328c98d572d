using System.Diagnostics;

namespace CarRentalGateway.BackOffice.Observability;

/// <summary>
/// One id per request, in every log line the request writes and in its response: the caller's own
/// <see cref="HeaderName"/> when it is short and plain, otherwise the request's trace id, so a log line, a trace and a
/// complaint ("it failed, the id was …") meet on one value.
/// </summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-ID";

    /// <summary>Long enough for a GUID or a W3C trace id with a prefix; short enough to be no way of stuffing the logs.</summary>
    public const int MaxLength = 64;

    /// <summary>The property of the log scope every line of the request carries.</summary>
    public const string LogProperty = "CorrelationId";

    private static readonly Func<ILogger, string, IDisposable?> RequestScope =
        LoggerMessage.DefineScope<string>($"{LogProperty}:{{{LogProperty}}}");

    /// <summary>
    /// The caller's id if it is 1 to <see cref="MaxLength"/> letters, digits, '-', '_' or '.', else null: anything else
    /// could forge log lines or carry markup into whatever reads the logs.
    /// </summary>
    public static string? Accept(string? incoming) =>
        incoming is { Length: > 0 and <= MaxLength } && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? incoming
            : null;

    /// <summary>Right after the security headers, so the id is in scope for everything after, error pages included.</summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CorrelationId).FullName!);
        return app.Use(async (context, next) =>
        {
            var id = Accept(context.Request.Headers[HeaderName]) ?? Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
            Activity.Current?.SetTag("correlation.id", id);
            // When the response starts: the exception handler clears the headers of a failed response before re-executing.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = id;
                return Task.CompletedTask;
            });
            using (RequestScope(logger, id))
            {
                await next(context);
            }
        });
    }
}
