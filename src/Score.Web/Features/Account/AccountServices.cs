using Score.Web.Infrastructure;

namespace Score.Web.Features.Account;

/// <summary>The services of the Account feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class AccountServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<SignInTrail>();
        services.AddScoped<ApiTokenDesk>();
    }
}
