namespace Score.Web.Infrastructure;

public static class RateLimits
{
    /// <summary>API requests: limited per token.</summary>
    public const string Api = "api";

    /// <summary>Anonymous requests that look something up by a code or secret: limited per address, against guessing.</summary>
    public const string PublicLookup = "public-lookup";
}
