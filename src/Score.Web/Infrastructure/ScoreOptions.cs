namespace Score.Web.Infrastructure;

public sealed class ScoreOptions
{
    public const string Section = "Score";

    /// <summary>Apply pending migrations when the app starts (on for the local run, off in production).</summary>
    public bool ApplyMigrationsAtStartup { get; set; }

    /// <summary>Load the demo partners, enterprises and accounts. Never honoured in Production.</summary>
    public bool LoadDemoData { get; set; }

    /// <summary>The address the public reaches the app at, for links printed on documents.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Where the DejaVu fonts embedded in PDFs are (Debian's fonts-dejavu-core puts them here).</summary>
    public string FontsFolder { get; set; } = "/usr/share/fonts/truetype/dejavu";

    /// <summary>
    /// A PKCS#12 (.pfx) file whose certificate encrypts the Data Protection keys (which sign the
    /// sign-in cookies) where they are stored, in PostgreSQL. Without it the keys are stored in
    /// clear and Production says so at start.
    /// </summary>
    public string? DataProtectionCertificate { get; set; }

    public string? DataProtectionCertificatePassword { get; set; }

    /// <summary>Lookups of /verify/{code} one address may make per minute, against guessing codes.</summary>
    public int VerifyRequestsPerMinute { get; set; } = 30;

    /// <summary>API requests one token may make per minute; beyond it the API answers 429 with Retry-After.</summary>
    public int ApiRequestsPerMinute { get; set; } = 300;

    /// <summary>
    /// How long a computed dashboard is kept while the data does not change (any change computes
    /// it afresh at once); 0 computes every time.
    /// </summary>
    public int DashboardCacheSeconds { get; set; } = 300;

    /// <summary>
    /// How often the figures' facts are brought up to date in the background (0: only when figures are read,
    /// which always brings them up to date first).
    /// </summary>
    public int FigureRefreshSeconds { get; set; } = 3;

    /// <summary>Compute the programme dashboard once the app has started, so that its first reader finds it kept.</summary>
    public bool WarmUpDashboard { get; set; } = true;

    /// <summary>
    /// How long a session found good is believed without looking its user up again (0: every request looks). A
    /// change saved on this instance ends it at once; sign-out or deactivation on another instance within this time.
    /// </summary>
    public int SessionRecheckSeconds { get; set; } = 10;

    /// <summary>Failed sign-ins one network address may make in 15 minutes before it must wait.</summary>
    public int SignInFailuresPerAddress { get; set; } = 10;

    /// <summary>
    /// Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed
    /// (comma-separated); loopback is always trusted. Behind a TLS proxy this makes cookies Secure.
    /// </summary>
    public string TrustedProxies { get; set; } = "";
}
