using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The app's log output exactly as its console would print it: each entry goes through the console formatter the app's
/// configuration names (Logging:Console:FormatterName) with that formatter's options, into memory instead of stdout,
/// which the test process shares with everything else. Filtering is the app's own: the logging rules apply to every
/// provider alike.
/// </summary>
public sealed class AppLogs
{
    private readonly ConcurrentQueue<string> entries = new();

    /// <summary>Everything logged since the last call, one string per entry, in order.</summary>
    public IReadOnlyList<string> TakeAll()
    {
        var taken = new List<string>();
        while (entries.TryDequeue(out var entry))
        {
            taken.Add(entry);
        }

        return taken;
    }

    /// <summary>Registers the capture with the app's logging; the formatter is looked up when the app starts logging.</summary>
    public void AddTo(ILoggingBuilder logging) => logging.Services.AddSingleton<ILoggerProvider>(services =>
    {
        var name = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName;
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
        return new Provider(formatter, entries);
    });

    private sealed class Provider(ConsoleFormatter formatter, ConcurrentQueue<string> entries) : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private void Write<TState>(in LogEntry<TState> entry)
        {
            using var text = new StringWriter();
            formatter.Write(entry, scopes, text);
            entries.Enqueue(text.ToString().TrimEnd('\r', '\n'));
        }

        private sealed class Logger(Provider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => provider.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter));
        }
    }
}
