namespace Score.Web.Domain;

/// <summary>The four kinds of user; a role is the whole of what a user may do, with their partner for staff and trainers.</summary>

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
