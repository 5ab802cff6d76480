# Multi-stage build of Score for deployment (see docker-compose.yml).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig dotnet-tools.json ./
COPY src/Score.Web/Score.Web.csproj src/Score.Web/
RUN dotnet restore src/Score.Web/Score.Web.csproj
COPY src/ src/
RUN dotnet publish src/Score.Web/Score.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# Fonts for the PDF certificates and reports; ICU for Indonesian dates and numbers.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-dejavu-extra libicu-dev curl \
 && rm -rf /var/lib/apt/lists/*
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production
WORKDIR /app
COPY --from=build /app ./
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "Score.Web.dll"]
