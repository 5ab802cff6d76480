using System.Net;
using Microsoft.AspNetCore.Hosting;
using Score.Tests.Infrastructure;

namespace Score.Tests.Api;

/// <summary>Prometheus reads the app's metrics with an administrator's API token; nobody else reads them.</summary>
public sealed class MetricsTests(MetricsTests.MeteredApp app) : ApiTest(app), IClassFixture<MetricsTests.MeteredApp>
{
    /// <summary>Keeps dashboards as in production, and has a database password that must never be shown.</summary>
    public sealed class MeteredApp : ScoreApp
    {
        public const string DatabasePassword = "never-in-metrics-7f3a";

        // The test server trusts local connections, so the password is sent but not needed.
        protected override string ConnectionString => base.ConnectionString + ";Password=" + DatabasePassword;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Score:DashboardCacheSeconds", "600");
        }
    }

    [Fact]
    public async Task An_administrators_token_reads_request_durations_by_route_the_database_pool_dashboard_cache_and_certificates_issued()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        using (var bedo = await AsAsync("staff.bedo@score.test"))
        {
            var page = $"/trainings/{Id(delivered.TrainingId)}/certificates";
            Assert.Equal(HttpStatusCode.Redirect, (await bedo.PostFormAsync(page, page + "/issue", new Dictionary<string, string>())).StatusCode);
            await bedo.GetPageAsync("/dashboard");
        }
        using var prometheus = Api(await TokenAsync("admin@score.test"));

        var response = await prometheus.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("http_request_method=\"POST\",http_response_status_code=\"302\",http_route=\"trainings/{id:int}/certificates/issue\"", text, StringComparison.Ordinal);
        // Meters are matched by name across the test process, where other app hosts issue certificates too: at least these 4.
        var issued = System.Text.RegularExpressions.Regex.Match(text, @"(?m)^score_certificates_issued_total(\{[^}]*\})? (?<n>[0-9]+)");
        Assert.True(issued.Success && int.Parse(issued.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 4, "certificates issued: " + issued.Value);
        Assert.Matches(@"(?m)^score_dashboard_cache_lookups_total\{[^}]*result=""miss""[^}]*\} [1-9]", text);
        Assert.Contains("db_client_connection_count", text, StringComparison.Ordinal);
        Assert.DoesNotContain(MeteredApp.DatabasePassword, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_tokens_and_anonymous_requests_do_not_read_the_metrics()
    {
        using var staff = Api(await TokenAsync("staff.bedo@score.test"));
        using var anonymous = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var asStaff = await staff.GetAsync(new Uri("/metrics", UriKind.Relative));
        var asNobody = await anonymous.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, asStaff.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, asNobody.StatusCode);
        Assert.DoesNotContain("http_server_request_duration", await asNobody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
