namespace Score.Web.Domain;

/// <summary>A validated import file waiting for its uploader to confirm the preview.</summary>
public sealed class ImportBatch
{
    public Guid Id { get; set; }
    public int PartnerId { get; set; }
    public string UserId { get; set; } = "";
    public string FileName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The parsed rows as JSON.</summary>
    public string Payload { get; set; } = "";
}
