# Balise, built from this repository and run as one process with its two doors.
#   docker build -t balise .    (docker-compose.yml does this for you)

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
# The back-office is built from Vaadin's pre-built bundle: no Node and no npm are needed.
RUN ./mvnw -B --no-transfer-progress -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --home-dir /balise balise && mkdir -p /balise/data && chown -R balise /balise
WORKDIR /balise
COPY --from=build /src/web/target/balise.jar /balise/balise.jar
USER balise
# 8080: the play door (phones), 8081: the back-office door (authors and teachers).
EXPOSE 8080 8081
ENV BALISE_DATA_DIR=/balise/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/balise/balise.jar"]
