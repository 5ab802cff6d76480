namespace Score.Web.Domain;

public enum SizeClass
{
    Unknown = 0,
    Micro = 1,
    Small = 2,
    Medium = 3,
    Large = 4,
}

/// <summary>
/// The size class of an enterprise. By annual sales under PP 7/2021 (micro up to Rp 2 bn, small
/// to Rp 15 bn, medium to Rp 50 bn) when the sales band is known; otherwise by workforce as
/// Statistics Indonesia counts it (1-4 micro, 5-19 small, 20-99 medium, 100+ large).
/// </summary>
public static class SizeClassRule
{
    public static SizeClass For(SalesBand sales, int workers) => sales switch
    {
        SalesBand.UpTo2Billion => SizeClass.Micro,
        SalesBand.From2To15Billion => SizeClass.Small,
        SalesBand.From15To50Billion => SizeClass.Medium,
        SalesBand.Over50Billion => SizeClass.Large,
        _ => workers switch
        {
            <= 0 => SizeClass.Unknown,
            <= 4 => SizeClass.Micro,
            <= 19 => SizeClass.Small,
            <= 99 => SizeClass.Medium,
            _ => SizeClass.Large,
        },
    };
}
