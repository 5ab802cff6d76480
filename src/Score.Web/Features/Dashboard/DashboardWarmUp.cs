using System.Security.Claims;
using Microsoft.Extensions.Options;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Dashboard;

/// <summary>
/// Computes the programme dashboard (no filter) once the app has started, as a programme viewer would see it, so
/// that the first reviewer after a start finds it kept instead of waiting for a cold computation
/// (<see cref="ScoreOptions.WarmUpDashboard"/>).
/// </summary>
public sealed class DashboardWarmUp(
    IServiceScopeFactory scopes, IHttpContextAccessor accessor, IOptions<ScoreOptions> options, IHostApplicationLifetime lifetime, ILogger<DashboardWarmUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUpDashboard || options.Value.DashboardCacheSeconds <= 0)
        {
            return;
        }
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The dashboard's queries read their user from the request; this one is a viewer of the whole programme,
            // and lives only in this task's own flow.
            accessor.HttpContext = new DefaultHttpContext
            {
                RequestServices = scope.ServiceProvider,
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "warm-up"), new Claim(ClaimTypes.Role, Roles.ProgrammeViewer)], "WarmUp")),
            };
            await scope.ServiceProvider.GetRequiredService<DashboardQueries>().LoadAsync(new DashboardFilter(), stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // Only a head start: the first reviewer computes it as usual.
            logger.LogWarning(e, "The programme dashboard could not be computed ahead");
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
