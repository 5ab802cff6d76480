using Score.Web.Infrastructure;

namespace Score.Web.Features.Calendar;

/// <summary>The services of the Calendar feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class CalendarServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<CalendarFeeds>();
    }
}
