namespace Score.Web.Authorization;

public static class Policies
{
    public const string Administration = "Administration";
    public const string ProgrammeLevel = "ProgrammeLevel";
    public const string PartnerStaff = "PartnerStaff";
    /// <summary>The metrics endpoint: administrators, signed in or with an API token (Prometheus sends one).</summary>
    public const string Metrics = "Metrics";
}

public static class ScoreClaims
{
    public const string PartnerId = "score:partner_id";
    public const string PartnerShortName = "score:partner";
    public const string FullName = "score:full_name";
    public const string MustChangePassword = "score:must_change_password";
    /// <summary>On an API request: the token may write.</summary>
    public const string TokenWrite = "score:token_write";
}
