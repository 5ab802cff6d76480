namespace Score.Web.Infrastructure;

/// <summary>
/// A feature folder's own service registrations. Start-up finds every implementation in the app and calls it, so it
/// names no feature type, and a new use case is registered beside its code.
/// </summary>
public interface IFeatureServices
{
    void AddTo(IServiceCollection services);
}
