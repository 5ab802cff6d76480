namespace Score.Web.Domain;

/// <summary>
/// Failed sign-ins from one network address since a moment: kept in the database so that every
/// app instance counts the same failures.
/// </summary>
public sealed class SignInFailure
{
    public string Address { get; set; } = "";
    public int Failures { get; set; }
    public DateTimeOffset Since { get; set; }
}
