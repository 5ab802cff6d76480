using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;

namespace Score.Tests.Foundation;

/// <summary>In Production the logs are JSON lines whose scopes name the request and the user's id, never an email or a password.</summary>
public sealed class OperationsLogTests(ScoreApp app) : RegistryTest(app)
{
    [Fact]
    public async Task Production_logs_are_json_with_the_request_id_and_the_user_id_and_no_email_or_password()
    {
        var capture = new CapturingLogs();
        await using var production = new AppOnDatabase(App.DatabaseName, "Production", b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(capture);
            // Everything from Information up reaches the capture, whatever the app's own levels.
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(CapturingLogs).FullName, null, LogLevel.Information, null)));
        }));
        var staffId = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.Email == "staff.bedo@score.test").Select(u => u.Id)));
        using var browser = production.CreateBrowserClient();

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await browser.SignInAsync("staff.bedo@score.test")).StatusCode);
        await browser.GetPageAsync("/enterprises");

        var console = production.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = production.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
        var inList = capture.Lines.Where(l => l.Scopes.TryGetValue("RequestPath", out var path) && path == "/enterprises").ToList();
        Assert.NotEmpty(inList);
        Assert.All(inList, l => Assert.False(string.IsNullOrEmpty(l.Scopes.GetValueOrDefault("RequestId"))));
        // Once the cookie is read, every line names the user: the page's own queries among them.
        var pageQueries = inList.Where(l => l.Message.Contains("FROM enterprises", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pageQueries);
        Assert.All(pageQueries, l => Assert.Equal(staffId, l.Scopes.GetValueOrDefault("UserId")));
        var everything = string.Join("\n", capture.Lines.Select(l => l.Message + " " + string.Join(" ", l.Scopes.Values)));
        Assert.DoesNotContain("staff.bedo@score.test", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ScoreApp.Password, everything, StringComparison.Ordinal);
    }

    private sealed record Line(string Category, string Message, Dictionary<string, string?> Scopes);

    [ProviderAlias("Capture")]
    private sealed class CapturingLogs : ILoggerProvider, ISupportExternalScope
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<Line> lines = new();
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public IReadOnlyCollection<Line> Lines => lines;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = new Dictionary<string, string?>(StringComparer.Ordinal);
                owner.scopes.ForEachScope((scope, into) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            into[key] = value?.ToString();
                        }
                    }
                }, values);
                owner.lines.Enqueue(new Line(category, formatter(state, exception), values));
            }
        }
    }
}
