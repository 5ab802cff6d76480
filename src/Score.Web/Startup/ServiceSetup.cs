using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.DemoData;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Localization;

namespace Score.Web.Startup;

public static class ServiceSetup
{
    public static WebApplicationBuilder AddScore(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddScoreTelemetry();
        services.Configure<ScoreOptions>(builder.Configuration.GetSection(ScoreOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        // The signed-in user is read from the request's HttpContext, so one instance serves every request.
        services.AddSingleton<CurrentUser>();
        services.AddSingleton<IActingUser>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<FreshCommands>();
        services.AddSingleton<ReferenceDataVersion>();
        services.AddSingleton<ReferenceDataChanges>();
        services.AddSingleton<RecentSessions>();
        services.AddSingleton<SessionChanges>();
        services.AddSingleton<Queries.OptionCache>();
        // Read when the first context is made, so a test host's configuration is seen; then kept, not parsed per request.
        services.AddSingleton(provider => new DatabaseAddress(ConnectionString(provider.GetRequiredService<IConfiguration>())));
        // Not pooled, though that saves a tenth of a list page's CPU: a pooled context keeps its connection object, and
        // with prepared statements one cut mid-statement stays unusable (FreshCommands, docs/decisions/0009).
        services.AddDbContext<ScoreDbContext>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<DatabaseAddress>().ConnectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            // A context is never used by two threads at once (one per request, awaited throughout): the checks are pure cost.
            .EnableThreadSafetyChecks(false)
            // A failed save is logged once, where it is understood: an unexpected one by the error handler with its stack, an
            // expected one (a conflict, an outbox entry sent twice at once) by the use case that answers it; not again by EF.
            .ConfigureWarnings(w => w.Log((Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug)))
            .AddInterceptors(provider.GetRequiredService<AuditInterceptor>(), provider.GetRequiredService<ReferenceDataChanges>(),
                provider.GetRequiredService<SessionChanges>(), provider.GetRequiredService<FreshCommands>()));

        AddAccounts(services, builder.Configuration);
        AddWeb(services);

        AddRateLimits(services);

        // Phones on weak connections: pages, styles, scripts and JSON go compressed. Safe over HTTPS here
        // (BREACH) because the one secret in a page, the antiforgery token, is encrypted afresh for every answer.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes
                .Concat(["application/problem+json", "application/manifest+json", "image/svg+xml", "text/calendar"]);
        });
        services.AddScoped<SignInThrottle>();
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var proxy in (builder.Configuration[$"{ScoreOptions.Section}:{nameof(ScoreOptions.TrustedProxies)}"] ?? "")
                         .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // An address, or a network such as the private subnet of a container network, whose proxy's address changes.
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
                }
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddHealthChecks().AddDbContextCheck<ScoreDbContext>("database");
        services.AddScoped<PartnerScope>();
        services.AddScoped<OfflineEntries>();
        services.AddSingleton<Documents.IDocumentRenderer>(provider =>
            new Documents.PdfSharpRenderer(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScoreOptions>>().Value.FontsFolder));
        services.AddSingleton<Figures.FigureSnapshot>();
        services.AddScoped<Figures.ProgrammeFigureQueries>();
        services.AddScoped<Figures.DeliveryFigureQueries>();
        services.AddHostedService<Figures.FigureFactsRefresher>();
        services.AddMemoryCache();
        services.AddScoped<Queries.DuplicateCheck>();
        services.AddScoped<Queries.VisitQueries>();
        services.AddScoped<Queries.AuditHistory>();
        services.AddScoped<Queries.TrainingRecords>();
        services.AddScoped<Queries.EnterpriseRecords>();
        services.AddScoped<Kpis.KpiRecorder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabasePreparer>();
        AddFeatures(services);
        return builder;
    }

    /// <summary>Each feature folder's <see cref="IFeatureServices"/>, found in the app rather than named here.</summary>
    private static void AddFeatures(IServiceCollection services)
    {
        var registrations = typeof(ServiceSetup).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeatureServices).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in registrations)
        {
            ((IFeatureServices)Activator.CreateInstance(type)!).AddTo(services);
        }
    }

    /// <summary>
    /// The configured connection string, with statements prepared automatically unless it says otherwise: the pages
    /// run the same few queries all day, and planning them afresh cost more than running them (a training's page at
    /// 10x: 6.4 ms of planning against 0.4 ms of running its first query). Npgsql keeps prepared statements when it
    /// returns a connection to the pool.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration) => WithPreparedStatements(
        configuration.GetConnectionString("Score")
            ?? throw new InvalidOperationException(
                "No database configured: set ConnectionStrings__Score, or start the app with scripts/run.sh, which starts a local PostgreSQL."));

    /// <remarks>
    /// Whether the setting is written is read from the plain keys: NpgsqlConnectionStringBuilder.ContainsKey answers
    /// whether a keyword exists at all, so it is true for every connection string.
    /// </remarks>
    public static string WithPreparedStatements(string configured)
    {
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured };
        if (written.ContainsKey("Max Auto Prepare") || written.ContainsKey("MaxAutoPrepare"))
        {
            return configured;
        }
        return new Npgsql.NpgsqlConnectionStringBuilder(configured) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    /// <summary>The public pages found by a code (certificate verification, calendar feeds) answer 429 to an address that asks too often.</summary>
    private static void AddRateLimits(IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimits.PublicLookup, context =>
                System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScoreOptions>>().Value.VerifyRequestsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            // Per token (by its hash, so the limit holds before the token is even checked); per address without one.
            options.AddPolicy(RateLimits.Api, context =>
            {
                string? header = context.Request.Headers.Authorization;
                var partition = string.IsNullOrEmpty(header) ? "address:" + context.Connection.RemoteIpAddress : ApiTokenFormat.HashOf(header);
                return System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(partition, _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScoreOptions>>().Value.ApiRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    var text = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
                    await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context.HttpContext,
                        ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = text["Api.TooManyRequests"] },
                    });
                }
            };
        });

    private static void AddAccounts(IServiceCollection services, ConfigurationManager configuration)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ScoreDbContext>()
            .AddSignInManager<ScoreSignInManager>()
            .AddClaimsPrincipalFactory<ScoreClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Score.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
            // Sign-out, a password change or reset, deactivation or a new role or partner change the
            // user's security stamp: a cookie carrying the old one is refused on its next request.
            options.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
            // A page of another role answers 403 with the friendly page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        var protection = services.AddDataProtection()
            .SetApplicationName("Score")
            .PersistKeysToDbContext<ScoreDbContext>();
        var options = configuration.GetSection(ScoreOptions.Section).Get<ScoreOptions>() ?? new ScoreOptions();
        if (!string.IsNullOrEmpty(options.DataProtectionCertificate))
        {
            protection.ProtectKeysWithCertificate(
                System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(options.DataProtectionCertificate, options.DataProtectionCertificatePassword));
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ProgrammeLevel, p => p.RequireRole(Roles.Administrator, Roles.ProgrammeViewer))
            .AddPolicy(Policies.PartnerStaff, p => p.RequireRole(Roles.PartnerStaff).RequireClaim(ScoreClaims.PartnerId))
            .AddPolicy(Policies.Metrics, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiTokenFormat.Scheme).RequireRole(Roles.Administrator))
            .AddPolicy(ApiTokenFormat.Policy, p => p.AddAuthenticationSchemes(ApiTokenFormat.Scheme).RequireAuthenticatedUser())
            .AddPolicy(ApiTokenFormat.WritePolicy, p => p.AddAuthenticationSchemes(ApiTokenFormat.Scheme).RequireAuthenticatedUser().RequireClaim(ScoreClaims.TokenWrite));
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenFormat.Scheme, null);
    }

    private static void AddWeb(IServiceCollection services)
    {
        // Names with accents or in other scripts go out as written, not as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>, CachedLocalizer>();
        services.Configure<RouteOptions>(o =>
        {
            o.LowercaseUrls = true;
            o.LowercaseQueryStrings = false;
        });
        services.Configure<RazorViewEngineOptions>(o =>
        {
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            o.ViewLocationExpanders.Add(new FeatureFolderViews());
        });
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<MustChangePasswordFilter>();
                options.ModelMetadataDetailsProviders.Add(new LocalizedRequiredMetadataProvider());
                options.ModelBinderProviders.Insert(0, new InvariantDecimalModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new SafeInputModelBinderProvider());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(o => o.ModelBindingMessageProvider.UseLocalizedMessages())
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
                o.JsonSerializerOptions.Converters.Add(new Infrastructure.Api.RefuseControlCharacters());
            });
        services.AddSingleton<Microsoft.AspNetCore.Mvc.Infrastructure.IHttpResponseStreamWriterFactory, WholePageWriterFactory>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<CookieTempDataProvider>(provider));
        services.AddSingleton<ITempDataProvider, QuietTempDataProvider>();
        services.AddProblemDetails();
        // A body the API cannot accept answers 422 with each field's message, like a refusal by the rules.
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = context =>
        {
            var text = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
            var problem = new ValidationProblemDetails(context.ModelState) { Status = StatusCodes.Status422UnprocessableEntity, Title = text["Api.Invalid"] };
            return new UnprocessableEntityObjectResult(problem) { ContentTypes = { "application/problem+json" } };
        });
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<OpenApiDocumentInfo>();
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".Score.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
        });
    }

    /// <summary>Model-binding messages ("The value 'x' is not valid") from the app's resources.</summary>
    private static void UseLocalizedMessages(this DefaultModelBindingMessageProvider provider)
    {
        var text = Text.Localizer;
        provider.SetValueIsInvalidAccessor(v => text["Validation.ValueInvalid", v]);
        provider.SetAttemptedValueIsInvalidAccessor((v, field) => text["Validation.AttemptedValueInvalid", v, field]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(v => text["Validation.ValueInvalid", v]);
        provider.SetValueMustBeANumberAccessor(_ => text["Validation.MustBeNumber"]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => text["Validation.MustBeNumber"]);
        provider.SetValueMustNotBeNullAccessor(field => text["Validation.Required", field]);
        provider.SetMissingBindRequiredValueAccessor(field => text["Validation.Required", field]);
        provider.SetMissingKeyOrValueAccessor(() => text["Validation.Missing"]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => text["Validation.Missing"]);
        provider.SetUnknownValueIsInvalidAccessor(v => text["Validation.ValueInvalid", v]);
    }
}

/// <summary>The database's connection string as the app uses it (<see cref="ServiceSetup.ConnectionString"/>), worked out once.</summary>
public sealed record DatabaseAddress(string ConnectionString);
