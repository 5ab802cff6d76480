using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Score.Web.Localization;

/// <summary>
/// MVC treats every non-nullable value type (int, bool, enums) as required and phrases that
/// message in English. Giving those properties an explicit [Required] with our resource key
/// makes the message come from the app's resources like every other one.
/// </summary>
public sealed class LocalizedRequiredMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var type = context.Key.ModelType;
        if (context.Key.MetadataKind != ModelMetadataKind.Property
            || !type.IsValueType || Nullable.GetUnderlyingType(type) is not null
            || context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            return;
        }
        context.ValidationMetadata.ValidatorMetadata.Add(new RequiredAttribute { ErrorMessage = "Validation.Required" });
    }
}
