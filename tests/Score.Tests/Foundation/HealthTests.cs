using System.Net;
using Score.Tests.Infrastructure;

namespace Score.Tests.Foundation;

public sealed class HealthTests(ScoreApp app) : AppTest(app)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        using var client = App.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_answers_503_when_the_database_is_not_reachable()
    {
        await using var unreachable = new UnreachableDatabaseApp();
        using var client = unreachable.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Liveness_answers_200_without_the_database_so_a_supervisor_does_not_restart_a_sound_process()
    {
        await using var unreachable = new UnreachableDatabaseApp();
        using var client = unreachable.CreateClient();

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_its_database_a_page_says_temporarily_unavailable_with_503_not_a_stack_trace()
    {
        await using var unreachable = new UnreachableDatabaseApp();
        using var client = unreachable.CreateClient();

        // The sign-in page needs the data protection keys, which live in the database.
        var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Score sedang tidak tersedia", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_of_the_app_itself_still_shows_the_friendly_error_page_with_500()
    {
        // A database without the schema: the queries fail, but the database is there, so it is no outage.
        var empty = await TestDatabase.CreateEmptyAsync();
        try
        {
            await using var broken = new AppOnDatabase(empty);
            using var client = broken.CreateClient();

            var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Terjadi kesalahan", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabase.DropAsync(empty);
        }
    }

    private sealed class UnreachableDatabaseApp : ScoreApp
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        protected override string ConnectionString => "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2";
    }
}
