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
    public async Task A_failure_shows_the_friendly_error_page_not_a_stack_trace()
    {
        await using var unreachable = new UnreachableDatabaseApp();
        using var client = unreachable.CreateClient();

        // The sign-in page needs the data protection keys, which live in the database.
        var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Terjadi kesalahan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    private sealed class UnreachableDatabaseApp : ScoreApp
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        protected override string ConnectionString => "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2";
    }
}
