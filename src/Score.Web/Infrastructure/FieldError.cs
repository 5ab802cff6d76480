namespace Score.Web.Infrastructure;

/// <summary>A message for one form field ("" for the whole form).</summary>
public sealed record FieldError(string Field, string Message, bool IsConflict = false);

public static class FieldErrorExtensions
{
    /// <summary>Puts the errors on the form's fields; true when the form has none.</summary>
    public static bool Apply(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field, error.Message);
        }
        return modelState.IsValid;
    }

    /// <summary>After a conflict the form shows the stored version: what the user posted is dropped.</summary>
    public static void ShowConflict(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, IEnumerable<FieldError> errors)
    {
        modelState.Clear();
        modelState.Apply(errors);
    }
}
