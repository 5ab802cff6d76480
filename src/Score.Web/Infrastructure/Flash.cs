using Microsoft.AspNetCore.Mvc;

namespace Score.Web.Infrastructure;

public enum FlashKind
{
    Success,
    Info,
    Warning,
    Danger,
}

/// <summary>A one-time message shown at the top of the next page after an action (post/redirect/get).</summary>
public static class FlashExtensions
{
    public const string KindKey = "flash.kind";
    public const string MessageKey = "flash.message";

    public static void Flash(this Controller controller, FlashKind kind, string message)
    {
        controller.TempData[KindKey] = kind.ToString().ToLowerInvariant();
        controller.TempData[MessageKey] = message;
    }

    /// <summary>
    /// What an action answers once its use case ran: 404 when the record was not found, otherwise <paramref name="then"/>
    /// with a flash of <paramref name="doneMessage"/>, or of why it was refused.
    /// </summary>
    public static IActionResult Answer(this Controller controller, Outcome outcome, string doneMessage, IActionResult then)
    {
        if (outcome.IsNotFound)
        {
            return controller.NotFound();
        }
        controller.Flash(outcome.Saved ? FlashKind.Success : FlashKind.Danger, outcome.Saved ? doneMessage : outcome.Refusal);
        return then;
    }
}
