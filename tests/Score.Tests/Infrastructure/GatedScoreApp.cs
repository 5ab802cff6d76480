namespace Score.Tests.Infrastructure;

/// <summary>The app over its own database, reached through a <see cref="DatabaseGate"/> the test can shut.</summary>
public sealed class GatedScoreApp : ScoreApp
{
    public DatabaseGate Gate { get; } = new();

    protected override string ConnectionString => Gate.ConnectionStringFor(DatabaseName);

    /// <summary>Opens the gate and forgets the pooled connections it cut, so the next test starts sound.</summary>
    public void Reopen()
    {
        Gate.Open();
        Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(ConnectionString));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Gate.Dispose();
    }
}
