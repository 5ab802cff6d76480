namespace Score.Tests.Infrastructure;

/// <summary>A test class over one app fixture; every test starts from empty tables.</summary>
public abstract class AppTest(ScoreApp app) : IClassFixture<ScoreApp>, IAsyncLifetime
{
    protected ScoreApp App { get; } = app;

    public virtual Task InitializeAsync() => App.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static Dictionary<string, string> Form(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);
}
