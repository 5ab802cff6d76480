namespace Score.Web.Authorization;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string ProgrammeViewer = "ProgrammeViewer";
    public const string PartnerStaff = "PartnerStaff";
    public const string Trainer = "Trainer";

    public static readonly IReadOnlyList<string> All = [Administrator, ProgrammeViewer, PartnerStaff, Trainer];

    /// <summary>Roles whose users belong to exactly one partner.</summary>
    public static bool IsPartnerBound(string role) => role is PartnerStaff or Trainer;

    /// <summary>Fixed ids so the roles can be seeded by a migration.</summary>
    public static readonly IReadOnlyDictionary<string, string> Ids = new Dictionary<string, string>
    {
        [Administrator] = "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c01",
        [ProgrammeViewer] = "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c02",
        [PartnerStaff] = "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c03",
        [Trainer] = "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c04",
    };
}

public static class Policies
{
    public const string Administration = "Administration";
    public const string ProgrammeLevel = "ProgrammeLevel";
    public const string PartnerStaff = "PartnerStaff";
}

public static class ScoreClaims
{
    public const string PartnerId = "score:partner_id";
    public const string PartnerShortName = "score:partner";
    public const string FullName = "score:full_name";
    public const string MustChangePassword = "score:must_change_password";
}
