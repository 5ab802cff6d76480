namespace Score.Web.Domain;

/// <summary>
/// A personal access token for the API: it acts as its user (same role, partner and scoping),
/// reads only unless <see cref="CanWrite"/>, and expires. Only a hash of the token is kept.
/// </summary>
public sealed class ApiToken : AuditedEntity
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public ApplicationUser? User { get; set; }
    public string Name { get; set; } = "";
    /// <summary>SHA-256 of the token, hex: the token itself is shown once and never stored.</summary>
    public string Hash { get; set; } = "";
    /// <summary>The token's first characters, to recognise it in a list.</summary>
    public string Prefix { get; set; } = "";
    public bool CanWrite { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsUsableAt(DateTimeOffset now) => IsUsable(RevokedAt, ExpiresAt, now);

    public static bool IsUsable(DateTimeOffset? revokedAt, DateTimeOffset expiresAt, DateTimeOffset now) => revokedAt is null && expiresAt > now;
}

/// <summary>The answer to an API write sent with an Idempotency-Key: a retry with the same key gets it again instead of a second write.</summary>
public sealed class ApiIdempotencyRecord
{
    public string UserId { get; set; } = "";
    public string Key { get; set; } = "";
    /// <summary>Method and path of the first request: the same key on another request is refused.</summary>
    public string Request { get; set; } = "";
    /// <summary>0 while the first request is still being answered.</summary>
    public int StatusCode { get; set; }
    public string? Body { get; set; }
    public string? Location { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
