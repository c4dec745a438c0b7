# Sourced by bench/run.sh and bench/trace-page.sh: signing in through the real login form against $base,
# with cookie jars under $work.

# The antiforgery token of the first form on a page, fetched with a cookie jar.
form_token() { curl -s -b "$2" -c "$2" "$base$1" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n1; }

# Signs in through the real form; leaves the cookies in $work/<email>.jar and prints them as a Cookie header value.
sign_in() {
  local jar="$work/$1.jar"
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$1" --data-urlencode "Password=bench passphrase 2026" \
    --data-urlencode "__RequestVerificationToken=$(form_token /account/login "$jar")" "$base/account/login"
  # curl marks HttpOnly cookies with a "#HttpOnly_" prefix; they are exactly the ones we need.
  sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF==7 {printf "%s=%s; ", $6, $7}'
}
