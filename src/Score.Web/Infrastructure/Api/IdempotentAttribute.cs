using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Npgsql;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Infrastructure.Api;

/// <summary>
/// A write sent with an <c>Idempotency-Key</c> header is done once: the same key again (a retry
/// after a lost answer) gets the first answer back, marked <c>Idempotent-Replayed: true</c>, and
/// writes nothing. Only successful answers are kept, so a refused request can be corrected and resent.
/// A key is remembered for a day: long enough for any retry, short enough that the table stays small.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : Attribute, IFilterFactory
{
    public const string Header = "Idempotency-Key";

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) => ActivatorUtilities.CreateInstance<IdempotencyFilter>(serviceProvider);
}

public sealed class IdempotencyFilter(ScoreDbContext db, CurrentUser me, TimeProvider clock, IOptions<JsonOptions> json, IStringLocalizer<SharedResource> text)
    : IAsyncActionFilter
{
    private const int MaxKeyLength = 100;

    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        string key = http.Request.Headers[IdempotentAttribute.Header].ToString().Trim();
        if (key.Length == 0 || me.Id is not { } userId)
        {
            await next();
            return;
        }
        if (key.Length > MaxKeyLength)
        {
            context.Result = Problem(StatusCodes.Status400BadRequest, text["Api.IdempotencyKeyTooLong", MaxKeyLength]);
            return;
        }
        var request = $"{http.Request.Method} {http.Request.Path}";
        var now = clock.GetUtcNow();
        var forgotten = now - KeptFor;
        await db.ApiIdempotencyRecords.Where(r => r.UserId == userId && r.CreatedAt < forgotten).ExecuteDeleteAsync(http.RequestAborted);

        // The key, the write and its answer commit together or not at all: a write cut short (the
        // database restarting, say) leaves nothing behind, so the client's retry with the same key
        // does it afresh; a write that committed is answered from the record. A second request with
        // a key in flight waits at the unique index until the first commits, then gets its answer.
        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        var reservation = new ApiIdempotencyRecord { UserId = userId, Key = key, Request = request, CreatedAt = now };
        db.ApiIdempotencyRecords.Add(reservation);
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.Entry(reservation).State = EntityState.Detached;
            context.Result = await ReplayAsync(userId, key, request, http);
            return;
        }
        db.Entry(reservation).State = EntityState.Detached;

        var executed = await next();
        var (status, body, location) = Captured(executed);
        if (executed.Exception is not null || status is < 200 or >= 300)
        {
            // Not committed: the reservation goes with whatever the action did.
            return;
        }
        await db.ApiIdempotencyRecords.Where(r => r.UserId == userId && r.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, status).SetProperty(r => r.Body, body).SetProperty(r => r.Location, location), CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    private async Task<IActionResult> ReplayAsync(string userId, string key, string request, HttpContext http)
    {
        var first = await db.ApiIdempotencyRecords.AsNoTracking().SingleAsync(r => r.UserId == userId && r.Key == key, http.RequestAborted);
        if (first.Request != request)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, text["Api.IdempotencyKeyReused"]);
        }
        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (first.Location is not null)
        {
            http.Response.Headers.Location = first.Location;
        }
        return new ContentResult { StatusCode = first.StatusCode, Content = first.Body, ContentType = first.Body is null ? null : "application/json" };
    }

    private (int Status, string? Body, string? Location) Captured(ActionExecutedContext executed) => executed.Result switch
    {
        CreatedResult created => (created.StatusCode ?? 201, Json(created.Value), created.Location),
        ObjectResult o => (o.StatusCode ?? 200, Json(o.Value), null),
        FileContentResult f => (200, Encoding.UTF8.GetString(f.FileContents), null),
        Microsoft.AspNetCore.Mvc.Infrastructure.IStatusCodeActionResult s => (s.StatusCode ?? 200, null, null),
        _ => (200, null, null),
    };

    private string? Json(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), json.Value.JsonSerializerOptions);

    private static ObjectResult Problem(int status, string title) =>
        new(new ProblemDetails { Status = status, Title = title }) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
