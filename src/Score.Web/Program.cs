using Score.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddScore();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseScore();
await app.RunAsync();

public partial class Program;
