using Score.Web.Domain;

namespace Score.Web.DemoData;

/// <summary>
/// The eight national implementing partners of the 2021 handover. Their kinds and variants come
/// from public ILO material; addresses, contacts and enterprise counts are made up for the demo.
/// </summary>
internal sealed record DemoPartner(
    string ShortName, string Name, int KindId, bool IsLead, string ProvinceCode, string City,
    string[] Provinces, int[] Sectors, int MinEnterprises, int MaxEnterprises, DemoVariant[] Variants)
{
    public Partner ToEntity() => new()
    {
        Name = Name,
        ShortName = ShortName,
        PartnerKindId = KindId,
        IsLead = IsLead,
        ProvinceCode = ProvinceCode,
        City = City,
        Address = $"Jl. Contoh No. {ShortName.Length * 7}, {City}",
        ContactPerson = "Koordinator SCORE " + ShortName,
        Email = $"score@{ShortName.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)}.example",
        Phone = "+62 21 555 " + (1000 + (ShortName.Length * 37)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        CommitmentSignedOn = new DateOnly(2021, 12, 8),
        IsActive = true,
    };
}

internal sealed record DemoVariant(string Name, string Description, int? TargetSectorId, int[] Modules, int Weeks)
{
    public ScoreVariant ToEntity(int partnerId) => new()
    {
        PartnerId = partnerId,
        Name = Name,
        Description = Description,
        TargetSectorId = TargetSectorId,
        ModuleNumbers = Modules,
        TypicalDurationWeeks = Weeks,
    };
}

internal static class DemoPartners
{
    private const int BusinessAssociation = 1, Consultancy = 2, University = 3, Polytechnic = 4, VocationalCentre = 5, TrainingProvider = 6;
    private const int Food = 1, Garment = 2, Furniture = 3, Metal = 4, Handicraft = 5, Leather = 6, Chemicals = 7, Agro = 8, Hospitality = 9, Creative = 10;

    public static readonly DemoPartner[] All =
    [
        new("BEDO", "Business & Export Development Organization", BusinessAssociation, true, "31", "Jakarta Selatan",
            ["31", "32", "36", "33"], [Food, Garment, Furniture, Metal, Chemicals], 30, 40,
            [new("SCORE Plus", "A four-month cycle of all five modules, one trainer for every five enterprises.", null, [1, 2, 3, 4, 5], 17)]),
        new("SMI", "Semut Manajemen Indonesia", Consultancy, false, "32", "Bekasi",
            ["32", "31", "36"], [Creative, Garment, Handicraft, Food], 15, 25,
            [new("SCORE Creative", "SCORE for creative-industry enterprises: design studios, crafts and fashion.", Creative, [1, 2, 4], 12)]),
        new("UNPAR", "Universitas Katolik Parahyangan", University, false, "32", "Bandung",
            ["32"], [Food, Garment, Handicraft, Leather], 10, 20,
            [new("SCORE UNPAR", "A lighter SCORE for micro enterprises, delivered with university students.", null, [1, 2, 3], 10)]),
        new("APP Polytechnic", "Politeknik APP Jakarta", Polytechnic, false, "31", "Jakarta Selatan",
            ["31", "36"], [Metal, Chemicals, Furniture], 5, 12, []),
        new("BLK Semarang 2", "Balai Latihan Kerja Semarang 2", VocationalCentre, false, "33", "Kota Semarang",
            ["33", "34"], [Furniture, Garment, Food, Metal], 10, 20, []),
        new("KDP", "Karya Dua Perempuan", TrainingProvider, false, "34", "Kota Yogyakarta",
            ["34", "33"], [Handicraft, Food, Garment], 5, 12, []),
        new("Riwani Globe", "Riwani Globe", Consultancy, false, "51", "Kota Denpasar",
            ["51", "52"], [Hospitality, Food, Handicraft], 6, 12,
            [new("SCORE Hospitality Coaching", "HoCo: coaching for small hotels and restaurants, at most six businesses a cycle, about three months.", Hospitality, [1, 2, 5], 13)]),
        new("Pro Serve", "Pro Serve Indonesia", Consultancy, false, "35", "Kota Surabaya",
            ["35", "73"], [Agro, Food, Metal, Leather], 8, 18, []),
    ];
}
