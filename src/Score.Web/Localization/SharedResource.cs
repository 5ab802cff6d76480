namespace Score.Web;

/// <summary>Marker for the app's one resource set: Resources/SharedResource.{id,en}.resx.</summary>
public sealed class SharedResource;
