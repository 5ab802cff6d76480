using Scalar.AspNetCore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Net.Http.Headers;
using Score.Web.Infrastructure;
using Score.Web.Localization;

namespace Score.Web.Startup;

public static class AppSetup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().PrepareAsync();
    }

    /// <summary>The API's reference page, read from /openapi/v1.json.</summary>
    public const string ApiDocsPath = "/api/docs";

    public static WebApplication UseScore(this WebApplication app)
    {
        // Before anything reads the scheme or the client's address: behind a trusted TLS proxy the request is HTTPS.
        app.UseForwardedHeaders();
        app.UseResponseCompression();
        // Then, so that error pages re-executed below keep the language of the original request.
        app.UseRequestLocalization(Cultures.Options());
        app.UseMiddleware<PersistCultureChoiceMiddleware>();

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }
        else
        {
            app.UseDeveloperExceptionPage();
        }
        // Inside the error pages: a database outage is a 503 to try again, not a failure of the app.
        app.UseMiddleware<DatabaseOutageMiddleware>();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            if (string.IsNullOrEmpty(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScoreOptions>>().Value.DataProtectionCertificate))
            {
                app.Logger.LogWarning("Data Protection keys are stored unencrypted in the database: set Score__DataProtectionCertificate (a .pfx file) to encrypt them.");
            }
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<FormNulGuard>();

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (context.Request.Path.StartsWithSegments(ApiDocsPath))
            {
                // The API reference page configures its script inline; it still loads nothing from elsewhere.
                headers.ContentSecurityPolicy =
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'";
            }
            else
            {
                headers.ContentSecurityPolicy =
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            }
            if (context.Request.Path.StartsWithSegments("/api") && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                // API answers are problem details, never the HTML error page.
                pages.Enabled = false;
            }
            await next(context);
        });

        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers[HeaderNames.CacheControl] = StaticCaching(ctx.Context.Request),
        });

        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<UserLogScopeMiddleware>();
        app.UseAuthorization();

        // Liveness: the process answers. Readiness (/health): it can also reach its database.
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = WriteStatusAsync,
        }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = WriteStatusAsync,
        }).AllowAnonymous();

        app.MapScoreMetrics();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference(ApiDocsPath, o => o.WithTitle("Score API").DisableDefaultFonts()).AllowAnonymous();

        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    private static Task WriteStatusAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(report.Status.ToString());
    }

    /// <summary>
    /// Ours carry the file's hash in ?v= (asp-append-version): kept a year, never asked again. The service
    /// worker and the manifest are checked each time, so an update reaches phones. Third-party files never
    /// change under the same path: a week.
    /// </summary>
    private static string StaticCaching(HttpRequest request) =>
        request.Query.ContainsKey("v") ? "public,max-age=31536000,immutable"
        : request.Path == "/sw.js" || request.Path == "/manifest.webmanifest" ? "no-cache"
        : "public,max-age=604800";
}
