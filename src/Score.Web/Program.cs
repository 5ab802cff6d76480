using Score.Web.Startup;

if (Score.Web.Tools.Commands.Handles(args))
{
    return await Score.Web.Tools.Commands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddScore();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseScore();
await app.RunAsync();
return 0;

public partial class Program;
