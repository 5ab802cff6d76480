using System.Resources;

// Strings missing in a language, or asked for under a culture we do not serve, fall back to English.
[assembly: NeutralResourcesLanguage("en", UltimateResourceFallbackLocation.Satellite)]
