using Score.Web.Infrastructure;

namespace Score.Web.Features.Users;

/// <summary>The services of the Users feature, registered by start-up through <see cref="IFeatureServices"/>.</summary>
public sealed class UsersServices : IFeatureServices
{
    public void AddTo(IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
    }
}
