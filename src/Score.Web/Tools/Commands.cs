using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Startup;

namespace Score.Web.Tools;

/// <summary>
/// Commands run with the app's own configuration and services instead of serving:
/// <c>dotnet run --project src/Score.Web -c Release -- generate-data --scale 10 --seed 1</c>.
/// </summary>
public static class Commands
{
    private static readonly string[] Names = ["migrate", "create-admin", "generate-data", "benchmark-documents", "benchmark-web", "benchmark-dashboard", "benchmark-soak"];

    public static bool Handles(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        // Configuration from appsettings and the environment, as when serving; the command's own options are read below.
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // EF logs its look for the migrations table of a new database as a failure; it is not one.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.AddScore();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var options = Options(args[1..]);
        try
        {
            // Always migrated; demo data too when Score:LoadDemoData asks for it, as at start-up.
            await services.GetRequiredService<ScoreDbContext>().Database.MigrateWithReferenceDataAsync();
            await services.GetRequiredService<DatabasePreparer>().PrepareAsync();
            switch (args[0])
            {
                case "migrate":
                    // Done above: the schema and the reference rows, as a deployment's one-off step (docker-compose.yml).
                    break;
                case "create-admin":
                    return await CreateAdministratorAsync(services, options);
                case "generate-data":
                    await GenerateAsync(services, options);
                    break;
                case "benchmark-web":
                    await WebBenchmark.RunAsync(services, options, Console.Out);
                    break;
                case "benchmark-dashboard":
                    await DashboardBenchmark.RunAsync(services, options, Console.Out);
                    break;
                case "benchmark-soak":
                    await SoakBenchmark.RunAsync(services, options, Console.Out);
                    break;
                default:
                    ActAsAdministrator(services);
                    await DocumentBenchmark.RunAsync(services, options, Console.Out);
                    break;
            }
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task GenerateAsync(IServiceProvider services, Dictionary<string, string> options)
    {
        var generator = new GeneratorOptions(
            double.Parse(options.GetValueOrDefault("scale", "1"), CultureInfo.InvariantCulture),
            int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture),
            options.TryGetValue("as-of", out var asOf)
                ? DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : services.GetRequiredService<TimeProvider>().Today());
        Console.WriteLine($"Generating scale {generator.Scale} with seed {generator.Seed} as of {generator.AsOf:yyyy-MM-dd}...");
        var watch = Stopwatch.StartNew();
        var result = await new DataGenerator(services.GetRequiredService<ScoreDbContext>()).RunAsync(generator, CancellationToken.None);
        Console.WriteLine(FormattableString.Invariant(
            $"Added {result.Trainers:N0} trainers, {result.Enterprises:N0} enterprises, {result.People:N0} people, {result.Trainings:N0} trainings, {result.Enrolments:N0} enrolments, {result.Participants:N0} participants, {result.Consultations:N0} consultations, {result.KpiValues:N0} KPI values in {watch.Elapsed.TotalSeconds:N1} s."));
    }

    private static async Task<int> CreateAdministratorAsync(IServiceProvider services, Dictionary<string, string> options)
    {
        if (!options.TryGetValue("email", out var email) || !options.TryGetValue("name", out var name))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email someone@example.org --name \"Full Name\"");
            return 2;
        }
        var (password, errors) = await FirstAdministrator.CreateAsync(services, email, name);
        if (password is null)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, errors));
            return 1;
        }
        Console.WriteLine($"Administrator {email} created. Temporary password (shown once; to be changed at the first sign-in): {password}");
        return 0;
    }

    /// <summary>Services that read the signed-in user see an administrator in a command.</summary>
    private static void ActAsAdministrator(IServiceProvider services)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "benchmark"), new Claim(ClaimTypes.Name, "benchmark"), new Claim(ClaimTypes.Role, Roles.Administrator)],
            "Command", ClaimTypes.Name, ClaimTypes.Role);
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = services };
    }

    /// <summary>"--name value" and "--name=value" pairs.</summary>
    public static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }
            var name = args[i][2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                options[name[..equals]] = name[(equals + 1)..];
            }
            else if (i + 1 < args.Length)
            {
                options[name] = args[++i];
            }
        }
        return options;
    }
}
