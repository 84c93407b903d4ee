#!/usr/bin/env bash
# Makes a local certificate authority and a server certificate for localhost and 127.0.0.1, for
# development, tests and the demo. Usage: deploy/make-dev-certs.sh DIR
#   DIR/ca.crt      the CA the kiosk and clients trust (--ca / ca_file)
#   DIR/server.crt  the server's certificate (signed by the CA), DIR/server.key its key (0600)
# Idempotent: existing files are kept unless the server certificate expires within 30 days.
set -euo pipefail
dir="${1:?usage: $0 DIR}"
mkdir -p "$dir"
cd "$dir"
if [ -s server.crt ] && [ -s server.key ] && [ -s ca.crt ] && openssl x509 -checkend $((30 * 86400)) -noout -in server.crt >/dev/null; then
  exit 0
fi
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
  -subj "/CN=Cardex development CA" -keyout ca.key -out ca.crt \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
  -keyout server.key -out server.csr 2>/dev/null
cat > server.ext <<'EXT'
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
EXT
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 \
  -extfile server.ext -out server.crt 2>/dev/null
rm -f server.csr server.ext ca.srl
chmod 600 server.key ca.key
chmod 644 server.crt ca.crt
echo "certificates in $dir: ca.crt, server.crt, server.key"
