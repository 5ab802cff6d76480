using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace Score.Web.Infrastructure;

/// <summary>
/// While PostgreSQL restarts or cannot be reached, a request answers 503 "temporarily unavailable"
/// in the user's language instead of a 500. A read (GET, HEAD) is tried once more on a fresh scope
/// first, since the usual cause after a restart is one dead pooled connection; a write never is:
/// its 503 page carries what was posted in a form that sends it again, so nothing typed is lost.
/// </summary>
public sealed class DatabaseOutageMiddleware(RequestDelegate next, ILogger<DatabaseOutageMiddleware> logger)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
            return;
        }
        catch (Exception failure) when (IsOutage(failure) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            NpgsqlConnection.ClearAllPools();
            if (!IsRead(context.Request))
            {
                await AnswerUnavailableAsync(context, failure);
                return;
            }
            logger.LogWarning("Database unavailable for {Method} {Path} ({Failure}): trying once more", context.Request.Method, context.Request.Path, failure.GetType().Name);
        }

        try
        {
            await Task.Delay(RetryDelay, context.RequestAborted);
            context.Response.Clear();
            var original = context.RequestServices;
            await using var fresh = original.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            context.RequestServices = fresh.ServiceProvider;
            try
            {
                await next(context);
            }
            finally
            {
                context.RequestServices = original;
            }
        }
        catch (Exception failure) when (IsOutage(failure) && !context.Response.HasStarted)
        {
            await AnswerUnavailableAsync(context, failure);
        }
    }

    private async Task AnswerUnavailableAsync(HttpContext context, Exception failure)
    {
        logger.LogWarning("Database unavailable for {Method} {Path} ({Failure}): answered 503", context.Request.Method, context.Request.Path, failure.GetType().Name);
        await WriteUnavailableAsync(context);
    }

    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    /// <summary>Whether a failure means the database is down or unreachable, as opposed to a bug or a bad query.</summary>
    public static bool IsOutage(Exception? failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // 08: connection exception; 57P01-57P03: shutdown, crash, not accepting connections yet; 53300: too many connections.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                           || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                               or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
                case NpgsqlException npgsql when npgsql.IsTransient:
                case SocketException:
                    return true;
                case TimeoutException when e.Message.Contains("connection", StringComparison.OrdinalIgnoreCase):
                    return true;
            }
        }
        return false;
    }

    private static async Task WriteUnavailableAsync(HttpContext context)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = "5";
        response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: text["Outage.Title"]).ExecuteAsync(context);
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(await PageAsync(context, text), context.RequestAborted);
    }

    private static async Task<string> PageAsync(HttpContext context, IStringLocalizer<SharedResource> text)
    {
        static string Encode(string value) => WebUtility.HtmlEncode(value);
        var lang = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\" />")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />")
            .Append("<title>").Append(Encode(text["Outage.Title"])).Append(" · Score</title>")
            .Append("<link rel=\"stylesheet\" href=\"/lib/bootstrap/css/bootstrap.min.css\" />")
            .Append("<link rel=\"stylesheet\" href=\"/lib/bootstrap-icons/font/bootstrap-icons.min.css\" /></head>")
            .Append("<body><main id=\"main\" class=\"container py-5\"><div class=\"row justify-content-center\"><div class=\"col-md-8 col-lg-6\">")
            .Append("<p class=\"display-4 text-secondary mb-0\" aria-hidden=\"true\">503</p>")
            .Append("<h1 class=\"h3\">").Append(Encode(text["Outage.Title"])).Append("</h1>")
            .Append("<p class=\"lead\" data-testid=\"outage\">").Append(Encode(text["Outage.Message"])).Append("</p>");

        var posted = await PostedFieldsAsync(context);
        if (posted is null)
        {
            html.Append("<a class=\"btn btn-primary\" href=\"").Append(Encode(context.Request.PathBase + context.Request.Path + context.Request.QueryString))
                .Append("\"><i class=\"bi bi-arrow-clockwise\" aria-hidden=\"true\"></i> ").Append(Encode(text["Outage.TryAgain"])).Append("</a>");
        }
        else if (posted.Value.Resendable)
        {
            // The same fields, to the same address: once the database is back, one tap saves what was typed.
            html.Append("<p>").Append(Encode(text["Outage.NotSaved"])).Append("</p>")
                .Append("<form method=\"post\" action=\"").Append(Encode(context.Request.PathBase + context.Request.Path + context.Request.QueryString)).Append("\">");
            foreach (var (name, value) in posted.Value.Fields)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(Encode(name)).Append("\" value=\"").Append(Encode(value)).Append("\" />");
            }
            html.Append("<button type=\"submit\" class=\"btn btn-primary\" data-testid=\"send-again\"><i class=\"bi bi-send\" aria-hidden=\"true\"></i> ")
                .Append(Encode(text["Outage.SendAgain"])).Append("</button></form>");
        }
        else
        {
            html.Append("<p>").Append(Encode(text["Outage.NotSavedGoBack"])).Append("</p>");
        }
        html.Append("</div></div></main></body></html>");
        return html.ToString();
    }

    /// <summary>
    /// The fields of a posted form, or null for a request without one. A form with a password or a
    /// file is not echoed back: the user goes back to it instead (the browser keeps what was typed).
    /// </summary>
    private static async Task<(bool Resendable, List<(string Name, string Value)> Fields)?> PostedFieldsAsync(HttpContext context)
    {
        if (IsRead(context.Request) || !context.Request.HasFormContentType)
        {
            return null;
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (false, []);
        }
        if (form.Files.Count > 0 || form.Keys.Any(k => k.Contains("password", StringComparison.OrdinalIgnoreCase)))
        {
            return (false, []);
        }
        var fields = form.SelectMany(f => f.Value.Select(v => (f.Key, v ?? ""))).ToList();
        // A token the user could not post is not echoed: the form still carries the one it came with.
        var antiforgery = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AntiforgeryOptions>>().Value.FormFieldName;
        return (fields.Any(f => f.Item1 == antiforgery), fields);
    }
}
