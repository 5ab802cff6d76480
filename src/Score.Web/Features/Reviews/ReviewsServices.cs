using Score.Web.Infrastructure;

namespace Score.Web.Features.Reviews;

/// <summary>The services of the Reviews feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class ReviewsServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<ReviewDesk>();
    }
}
