namespace Score.Web.Data;

/// <summary>Whoever is making the change being saved, as the audit columns record them.</summary>
public interface IActingUser
{
    /// <summary>The user's email, or "system" outside a request.</summary>
    string AuditName { get; }

    /// <summary>The network address the change came from, when there is a request.</summary>
    string? Address { get; }
}
