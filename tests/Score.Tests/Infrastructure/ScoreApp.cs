using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Tests.Infrastructure;

/// <summary>
/// The whole app over its own PostgreSQL database, for one test class. Tests call
/// <see cref="ResetAsync"/> first, which empties every table but the reference data.
/// </summary>
public class ScoreApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-Password-2026";

    private static readonly string[] ReferenceTables =
        ["__ef_migrations_history", "modules", "provinces", "regencies", "sectors", "partner_kinds", "roles", "data_protection_keys", "kpis", "checklist_items"];

    public string DatabaseName { get; private set; } = "";

    protected virtual string EnvironmentName => "Testing";

    protected virtual string ConnectionString => TestDatabase.ConnectionStringFor(DatabaseName);

    protected virtual bool UseRealServer => false;

    private int Port => port ??= FreePort.Next();

    private int? port;

    public virtual async Task InitializeAsync()
    {
        DatabaseName = await TestDatabase.CreateAsync();
        if (UseRealServer)
        {
            UseKestrel(Port);
            StartServer();
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (DatabaseName.Length > 0)
        {
            await TestDatabase.DropAsync(DatabaseName);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Score", ConnectionString);
        builder.UseSetting("Score:ApplyMigrationsAtStartup", "false");
        builder.UseSetting("Score:LoadDemoData", "false");
        // Figures asserted right after the data changes: no dashboard kept from before.
        builder.UseSetting("Score:DashboardCacheSeconds", "0");
        // Readers bring the facts up to date themselves; a background refresh would race the resets' TRUNCATE.
        builder.UseSetting("Score:FigureRefreshSeconds", "0");
        builder.UseSetting("Score:WarmUpDashboard", "false");
        if (UseRealServer)
        {
            // Certificates print this address: a browser test can follow the link as printed.
            builder.UseSetting("Score:PublicBaseUrl", $"http://127.0.0.1:{Port}");
        }
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The app's clock: real time unless a test fixes it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The address of the real server, for a browser.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));

    public async Task ResetAsync()
    {
        Clock.Fixed = null;
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScoreDbContext>();
        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT quote_ident(tablename) AS \"Value\" FROM pg_tables WHERE schemaname = 'public'")
            .ToListAsync();
        var toEmpty = tables.Where(t => !ReferenceTables.Contains(t.Trim('"'))).ToList();
        if (toEmpty.Count > 0)
        {
#pragma warning disable EF1002 // table names come from the catalogue, not from input
            await db.Database.ExecuteSqlRawAsync($"TRUNCATE {string.Join(", ", toEmpty)} RESTART IDENTITY CASCADE");
#pragma warning restore EF1002
        }
        // Module rules are reference data a test may change: back to the migrations' defaults.
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE modules SET planned_consultations = 3, consultation_window_days = 90, participant_min_attendance_percent = 100, " +
            "enterprise_needs_manager_and_worker = TRUE, enterprise_needs_planned_consultations = TRUE, enterprise_needs_workshop = TRUE");
    }

    public async Task<T> WithDbAsync<T>(Func<ScoreDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ScoreDbContext>());
    }

    public async Task WithDbAsync(Func<ScoreDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ScoreDbContext>());
    }

    public async Task<Partner> CreatePartnerAsync(string shortName, bool isLead = false) =>
        await WithDbAsync(async db =>
        {
            var partner = new Partner { Name = shortName + " Indonesia", ShortName = shortName, PartnerKindId = 2, IsLead = isLead, ProvinceCode = "31" };
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner;
        });

    public async Task<Enterprise> CreateEnterpriseAsync(int partnerId, string name, string? nib = null, string regencyCode = "33.74", int people = 0) =>
        await WithDbAsync(async db =>
        {
            var enterprise = new Enterprise
            {
                PartnerId = partnerId, Name = name, Nib = nib, SectorId = 1, ProvinceCode = regencyCode[..2], RegencyCode = regencyCode,
                WorkersWomen = 20, WorkersMen = 25, Status = EnterpriseStatus.Active,
            };
            enterprise.DeriveSizeClass();
            for (var i = 0; i < people; i++)
            {
                enterprise.People.Add(new EnterprisePerson
                {
                    FullName = $"Person {i} of {name}", Sex = i % 2 == 0 ? Sex.Female : Sex.Male,
                    Position = i < 2 ? PersonPosition.Manager : PersonPosition.Worker, Phone = "0812000000" + i,
                });
            }
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync();
            return enterprise;
        });

    public async Task<ApplicationUser> CreateUserAsync(string email, string role, int? partnerId = null, bool mustChangePassword = false, string password = Password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = "Test " + email.Split('@')[0],
            PartnerId = partnerId,
            MustChangePassword = mustChangePassword,
        };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>A client of the API with a fresh token of the user's, valid for a day.</summary>
    public async Task<HttpClient> CreateApiClientAsync(string email, bool canWrite = true)
    {
        var token = Score.Web.Authorization.ApiTokenFormat.NewToken();
        await WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.ApiTokens.Add(new Score.Web.Domain.ApiToken
            {
                UserId = userId, Name = "uji", Hash = Score.Web.Authorization.ApiTokenFormat.HashOf(token), Prefix = Score.Web.Authorization.ApiTokenFormat.PrefixOf(token),
                CanWrite = canWrite, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
        });
        var api = CreateClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    public TestBrowser CreateBrowserClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}

/// <summary>An app fixture on real Kestrel, for the browser tests.</summary>
public sealed class ScoreServer : ScoreApp
{
    protected override bool UseRealServer => true;
}

/// <summary>A TCP port free now, for a server whose address must be known before it starts.</summary>
internal static class FreePort
{
    public static int Next()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
