using Score.Web.Domain;

namespace Score.Web.DemoData;

/// <summary>Enterprises with Indonesian names and a realistic workforce, for the demo and the data generator.</summary>
internal static class DemoEnterprises
{
    private static readonly string[] Words =
        ["Maju", "Jaya", "Sejahtera", "Makmur", "Abadi", "Sentosa", "Mandiri", "Berkah", "Karya", "Sinar", "Mulia", "Prima",
         "Cahaya", "Sumber", "Rejeki", "Lestari", "Harapan", "Bintang", "Nusantara", "Indah", "Utama", "Agung", "Surya", "Mitra"];

    private static readonly Dictionary<int, string[]> Trades = new()
    {
        [1] = ["Food", "Snack", "Bakery", "Kopi", "Sambal"],
        [2] = ["Garmen", "Konveksi", "Textile", "Batik"],
        [3] = ["Furniture", "Mebel", "Kayu"],
        [4] = ["Teknik", "Logam", "Presisi", "Parts"],
        [5] = ["Kriya", "Craft", "Anyaman"],
        [6] = ["Leather", "Sepatu", "Kulit"],
        [7] = ["Plastik", "Kimia", "Karet"],
        [8] = ["Agro", "Tani", "Olahan"],
        [9] = ["Hotel", "Resto", "Guest House", "Homestay"],
        [10] = ["Studio", "Kreasi", "Desain"],
    };

    private static readonly string[] WomenNames =
        ["Siti", "Dewi", "Sri", "Ani", "Nur", "Wulan", "Rina", "Maya", "Indah", "Fitri", "Lestari", "Yuliana", "Ayu", "Ratna", "Putri", "Kartini", "Ni Made", "Ni Luh"];

    private static readonly string[] MenNames =
        ["Budi", "Agus", "Joko", "Eko", "Andi", "Hendra", "Rudi", "Dedi", "Wahyu", "Bambang", "Yusuf", "Fajar", "Ahmad", "I Made", "I Wayan", "Teguh", "Slamet"];

    private static readonly string[] FamilyNames =
        ["Saputra", "Wijaya", "Santoso", "Hidayat", "Pratama", "Kusuma", "Setiawan", "Nugroho", "Wibowo", "Siregar", "Harahap", "Lubis", "Sulistyo", "Rahayu", "Suryani", "Purnomo", "Gunawan"];

    public static Enterprise Create(Random random, int partnerId, string provinceCode, string regencyCode, int[] sectors, int maxPeople = 30)
    {
        var sector = sectors[random.Next(sectors.Length)];
        var legal = random.Next(10) switch { < 3 => LegalForm.Cv, < 7 => LegalForm.Pt, < 8 => LegalForm.Cooperative, _ => LegalForm.Individual };
        var trade = Trades.TryGetValue(sector, out var t) ? t[random.Next(t.Length)] : "Usaha";
        var baseName = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {trade}";
        var name = legal switch
        {
            LegalForm.Cv => "CV " + baseName,
            LegalForm.Pt => "PT " + baseName,
            LegalForm.Cooperative => "Koperasi " + baseName,
            _ => "UD " + baseName,
        };
        // SCORE in Indonesia mostly trained firms of about 30-250 workers, with some smaller ones.
        var workers = random.Next(10) < 2 ? random.Next(6, 30) : random.Next(30, 250);
        var women = (int)(workers * (0.2 + (random.NextDouble() * 0.6)));
        var enterprise = new Enterprise
        {
            PartnerId = partnerId,
            Name = name,
            Nib = random.Next(10) < 7 ? NextNib(random) : null,
            LegalForm = legal,
            SectorId = sector,
            ProvinceCode = provinceCode,
            RegencyCode = regencyCode,
            Address = $"Jl. {Words[random.Next(Words.Length)]} Raya No. {random.Next(1, 200)}",
            Phone = "08" + random.NextInt64(1_100_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            OwnerName = PersonName(random, random.Next(3) == 0 ? Sex.Female : Sex.Male),
            YearFounded = random.Next(1975, 2020),
            WorkersWomen = women,
            WorkersMen = workers - women,
            SalesBand = workers < 50 ? SalesBand.UpTo2Billion : workers < 150 ? SalesBand.From2To15Billion : SalesBand.From15To50Billion,
            Status = random.Next(10) switch { < 7 => EnterpriseStatus.Active, < 9 => EnterpriseStatus.Prospect, _ => EnterpriseStatus.Dropped },
        };
        enterprise.DeriveSizeClass();
        var people = random.Next(4, maxPeople + 1);
        for (var i = 0; i < people; i++)
        {
            var sex = random.Next(100) < 45 ? Sex.Female : Sex.Male;
            var position = i switch
            {
                0 => PersonPosition.Owner,
                1 or 2 => PersonPosition.Manager,
                3 => PersonPosition.Supervisor,
                _ => random.Next(6) == 0 ? PersonPosition.Supervisor : PersonPosition.Worker,
            };
            enterprise.People.Add(new EnterprisePerson
            {
                FullName = PersonName(random, sex),
                Sex = sex,
                Position = position,
                Phone = "08" + random.NextInt64(1_100_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                IsEitMember = i < 6 && random.Next(3) > 0,
            });
        }
        return enterprise;
    }

    private static string PersonName(Random random, Sex sex)
    {
        var first = sex == Sex.Female ? WomenNames[random.Next(WomenNames.Length)] : MenNames[random.Next(MenNames.Length)];
        return $"{first} {FamilyNames[random.Next(FamilyNames.Length)]}";
    }

    private static string NextNib(Random random) =>
        random.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
